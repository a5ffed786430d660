package io.smsauto.matcher.changelog;

import io.smsauto.matching.AutomationIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The automations the matcher knows, as an index built from {@code automations.changelog}. Ready
 * once the index has caught up with the changelog as it was when reading began.
 */
@ApplicationScoped
public class AutomationCatalog {

    private final AtomicReference<AutomationIndex> index = new AtomicReference<>(new AutomationIndex());
    private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();

    public AutomationIndex index() {
        return index.get();
    }

    public boolean isCaughtUp() {
        return caughtUp.isDone();
    }

    /** Returns once the changelog has been read up to where it ended when reading began. */
    public void awaitCaughtUp() throws InterruptedException {
        try {
            caughtUp.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("never completed exceptionally", e);
        }
    }

    /** Serves {@code rebuilt} from now on: a complete index read from the start of the changelog. */
    void caughtUp(AutomationIndex rebuilt) {
        index.set(rebuilt);
        caughtUp.complete(null);
    }
}
