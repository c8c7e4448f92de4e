package org.tributary.localmongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique index held in memory: key values to the positions (`_id`s) of the documents that
 * have them. It answers equality on all its keys, and `$in` on a single key; anything else
 * (ranges, null, regular expressions, whole arrays or sub-documents) is left to a scan.
 */
final class SecondaryIndex extends Index<Object> {

    private final Map<KeyValue, Set<Object>> positionsByKey = new HashMap<>();
    private long entries;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    public Object getPosition(Document document) {
        // Not unique: a key never identifies one document.
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // Not unique: nothing to refuse.
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (skipped(document)) {
            return;
        }
        for (KeyValue key : getKeyValues(document)) {
            if (positionsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(position)) {
                entries++;
            }
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = positionOf(document);
        if (skipped(document)) {
            return position;
        }
        for (KeyValue key : getKeyValues(document)) {
            Set<Object> positions = positionsByKey.get(key);
            if (positions != null && positions.remove(position)) {
                entries--;
                if (positions.isEmpty()) {
                    positionsByKey.remove(key);
                }
            }
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // Not unique: nothing to refuse.
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (nullAwareEqualsKeys(oldDocument, newDocument)) {
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        if (!query.keySet().equals(keySet())) {
            return false;
        }
        for (Object value : query.values()) {
            if (!isPlain(value) && !(keys().size() == 1 && isInOfPlainValues(value))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Set<Object> found = new LinkedHashSet<>();
        for (Document lookup : lookups(query)) {
            for (KeyValue key : getKeyValues(lookup)) {
                found.addAll(positionsByKey.getOrDefault(key, Set.of()));
            }
        }
        return new ArrayList<>(found);
    }

    @Override
    public synchronized long getCount() {
        return entries;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        positionsByKey.clear();
        entries = 0;
    }

    /**
     * The query's values as documents shaped like the indexed ones, so that they go through the
     * same normalisation (1 and 1.0 are one key) and dotted paths as the documents did.
     */
    private List<Document> lookups(Document query) {
        List<Document> lookups = new ArrayList<>();
        if (keys().size() == 1 && query.get(keys().get(0)) instanceof Document in) {
            for (Object value : (Collection<?>) in.get("$in")) {
                lookups.add(shaped(Map.of(keys().get(0), value)));
            }
        } else {
            Map<String, Object> values = new HashMap<>();
            keys().forEach(key -> values.put(key, query.get(key)));
            lookups.add(shaped(values));
        }
        return lookups;
    }

    private static Document shaped(Map<String, Object> valuesByPath) {
        Document document = new Document();
        valuesByPath.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            Document level = document;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = level.get(parts[i]);
                if (!(next instanceof Document)) {
                    next = new Document();
                    level.put(parts[i], next);
                }
                level = (Document) next;
            }
            level.put(parts[parts.length - 1], value);
        });
        return document;
    }

    private boolean skipped(Document document) {
        return isSparse() && keys().stream().noneMatch(key -> hasPath(document, key));
    }

    private static boolean hasPath(Document document, String path) {
        Object current = document;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Document level) || !level.containsKey(part)) {
                return false;
            }
            current = level.get(part);
        }
        return true;
    }

    private static Object positionOf(Document document) {
        return document.get("_id");
    }

    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
            || value instanceof ObjectId || value instanceof Date || value instanceof Instant || value instanceof UUID;
    }

    private static boolean isInOfPlainValues(Object value) {
        if (!(value instanceof Document operator) || operator.size() != 1 || !(operator.get("$in") instanceof Collection<?> values)) {
            return false;
        }
        return values.stream().allMatch(SecondaryIndex::isPlain);
    }
}
