package io.smsauto.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardedMapTest {

    @Test
    void holdsWhatWasPutAndForgetsWhatWasRemoved() {
        Map<String, Integer> all = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            all.put("key" + i, i);
        }
        ShardedMap<String, Integer> map = ShardedMap.<String, Integer>empty().with(all);
        Map<String, Integer> changes = new HashMap<>();
        changes.put("key7", null);
        changes.put("key8", 80);
        changes.put("new", -1);

        ShardedMap<String, Integer> changed = map.with(changes);

        assertNull(changed.get("key7"));
        assertEquals(80, changed.get("key8"));
        assertEquals(-1, changed.get("new"));
        assertEquals(49_999, changed.get("key49999"));
        assertNull(changed.get("absent"));
    }

    @Test
    void changingMakesANewMapAndLeavesTheOldOneAsItWas() {
        ShardedMap<String, Integer> before = ShardedMap.<String, Integer>empty().with(Map.of("a", 1, "b", 2));
        Map<String, Integer> removeA = new HashMap<>();
        removeA.put("a", null);

        ShardedMap<String, Integer> after = before.with(removeA);

        assertEquals(1, before.get("a"));
        assertNull(after.get("a"));
        assertEquals(2, after.get("b"));
    }
}
