package io.smsauto.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable hash map split into a fixed number of shards, so that a change copies only the
 * shards it touches instead of the whole map: with 100,000 automations one update costs
 * microseconds, where a plain copy-on-write map would copy everything. Nothing is mutated once
 * built, so readers on any thread share instances freely.
 */
final class ShardedMap<K, V> {

    private static final int SHARD_BITS = 12;
    private static final ShardedMap<?, ?> EMPTY = new ShardedMap<>(new Map<?, ?>[1 << SHARD_BITS]);

    /** A null shard is empty. */
    private final Map<?, ?>[] shards;

    private ShardedMap(Map<?, ?>[] shards) {
        this.shards = shards;
    }

    @SuppressWarnings("unchecked")
    static <K, V> ShardedMap<K, V> empty() {
        return (ShardedMap<K, V>) EMPTY;
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        Map<?, ?> shard = shards[shardOf(key)];
        return shard == null ? null : (V) shard.get(key);
    }

    /** This map with {@code changes} applied, each shard copied once: a key mapped to null is removed. */
    @SuppressWarnings("unchecked")
    ShardedMap<K, V> with(Map<K, V> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<Integer, Map<K, V>> changedShards = new HashMap<>();
        changes.forEach((key, value) -> {
            Map<K, V> shard = changedShards.computeIfAbsent(shardOf(key),
                    i -> shards[i] == null ? new HashMap<>() : new HashMap<>((Map<K, V>) shards[i]));
            if (value == null) {
                shard.remove(key);
            } else {
                shard.put(key, value);
            }
        });
        Map<?, ?>[] copy = shards.clone();
        changedShards.forEach((i, shard) -> copy[i] = shard.isEmpty() ? null : shard);
        return new ShardedMap<>(copy);
    }

    /** The top bits of a multiplicative hash: HashMap buckets by the low bits, which must still vary within a shard. */
    private static int shardOf(Object key) {
        return (key.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - SHARD_BITS);
    }
}
