package io.smsauto.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.Supplier;

/** Sequential HTTP calls from one client, timed after a warm-up and printed as "bench:" lines (for the benchmarks). */
final class Bench {

    private static final int WARM_UP = 200;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    Bench(URI base) {
        this.base = base;
    }

    void measure(String what, int count, HttpRequest request) throws IOException, InterruptedException {
        measure(what, count, () -> request, 200);
    }

    void measure(String what, int count, Supplier<HttpRequest> requests, int status)
            throws IOException, InterruptedException {
        for (int i = 0; i < Math.min(WARM_UP, count); i++) {
            send(requests.get(), status);
        }
        long[] nanos = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            HttpRequest request = requests.get();
            long t = System.nanoTime();
            send(request, status);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("bench: %-50s n=%5d  mean %8.2f ms  p50 %8.2f ms  p99 %8.2f ms  %7.1f req/s%n", what, count,
                Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[count / 2] / 1e6,
                nanos[(int) (count * 0.99)] / 1e6, count / seconds);
    }

    HttpRequest get(String path) {
        return get(base.resolve(path));
    }

    HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + Api.TOKEN).GET().build();
    }

    HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + Api.TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private void send(HttpRequest request, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }
}
