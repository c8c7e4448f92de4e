package org.tributary.localmongo;

import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * H2Collection with a query planner that narrows by any index whose keys the filter names, and
 * then applies the whole filter to those documents. Upstream uses an index only when the filter
 * names exactly its keys, so `{_id, version}` — every version-checked write — scanned the whole
 * collection (637 ms at 20,000 documents).
 */
final class IndexedH2Collection extends H2Collection {

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Iterable<Object> candidates = candidatesFromIndexes(query);
        if (candidates == null) {
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * Positions from the most selective index the filter can use: unique indexes (the `_id`
     * index among them) before non-unique ones, more keys before fewer. Null when none applies.
     * Top-level fields of a filter are AND-ed, so narrowing by some of them never drops a match.
     */
    private Iterable<Object> candidatesFromIndexes(Document query) {
        Index<Object> best = null;
        Document bestPart = null;
        for (Index<Object> index : getIndexes()) {
            List<String> keys = new ArrayList<>();
            index.getKeys().forEach(key -> keys.add(key.getKey()));
            if (!query.keySet().containsAll(keys)) {
                continue;
            }
            Document part = new Document();
            keys.forEach(key -> part.put(key, query.get(key)));
            if (!index.canHandle(part)) {
                continue;
            }
            if (best == null || better(index, best)) {
                best = index;
                bestPart = part;
            }
        }
        return best == null ? null : best.getPositions(bestPart);
    }

    private static boolean better(Index<Object> candidate, Index<Object> current) {
        if (candidate.isUnique() != current.isUnique()) {
            return candidate.isUnique();
        }
        return candidate.getKeys().size() > current.getKeys().size();
    }
}
