package io.smsauto.admin.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.AutomationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AutomationRepository implements PanacheRepositoryBase<AutomationEntity, UUID> {

    public Uni<List<AutomationEntity>> listOldestFirst() {
        return listAll(Sort.by("createdAt").and("id"));
    }
}
