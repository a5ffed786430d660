package io.smsauto.admin;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Calls to the API as a client with the test token, and values no other test uses. */
final class Api {

    static final String AUTOMATIONS = "/api/v1/automations";
    static final String TOKEN = "test-token";

    private Api() {
    }

    static RequestSpecification api() {
        return given().header("Authorization", "Bearer " + TOKEN).contentType("application/json");
    }

    /** A receiving number of its own, so that a test's automations meet no other test's. */
    static String number() {
        return "+3375" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    /** A keyword of its own. */
    static String keyword(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** An enabled automation with one reply action. */
    static String automation(String name, String number, String keyword, String match) {
        return """
                {"name": "%s", "enabled": true, "numbers": ["%s"],
                 "trigger": {"keywords": ["%s"], "match": "%s"},
                 "actions": [{"name": "Say hi", "type": "SEND_REPLY", "message": "Hi {{from}}"}]}
                """.formatted(name, number, keyword, match);
    }

    /** The statuses of {@code count} calls made at the same time; call {@code i} is {@code call.apply(i)}. */
    static List<Integer> concurrently(int count, IntFunction<Integer> call) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, count).<Callable<Integer>>mapToObj(i -> () -> call.apply(i))
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Creates {@code body}, expecting 201; returns the automation's id. */
    static String create(String body) {
        return api().body(body).post(AUTOMATIONS).then().statusCode(201).extract().path("id");
    }
}
