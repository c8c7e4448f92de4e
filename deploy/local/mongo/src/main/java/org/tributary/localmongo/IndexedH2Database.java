package org.tributary.localmongo;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/** H2Database whose collections plan queries over every index, non-unique ones included. */
final class IndexedH2Database extends H2Database {

    // H2Database's own map names, so that drop and rename keep working on our collections.
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    /** H2Database's constructor opens the existing collections, before a field of ours is set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        OPENING.set(store);
        try {
            return new IndexedH2Database(databaseName, store, cursorRegistry);
        } finally {
            OPENING.remove();
        }
    }

    private MVStore store() {
        return store != null ? store : OPENING.get();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = store().openMap(DATA_PREFIX + fullName,
            new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
        MVMap<String, Object> metaMap = store().openMap(META_PREFIX + fullName);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    /**
     * mongo-java-server ignores non-unique indexes. Ours live in memory and are rebuilt from the
     * documents when the server opens the collection, so the store file holds no index pages.
     */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new SecondaryIndex(indexName, keys, sparse);
    }
}
