package org.tributary.localmongo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;

/**
 * The local MongoDB-wire server: mongo-java-server over one H2 MVStore file. Every write is durable
 * before it is acknowledged, and filters that name an indexed field are served from the index.
 *
 * Usage: LocalMongoServer --listen 127.0.0.1:27017 --data DIR
 */
public final class LocalMongoServer {

    private LocalMongoServer() {
    }

    public static void main(String[] args) throws Exception {
        String listen = "127.0.0.1:27017";
        String data = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--listen" -> listen = args[i + 1];
                case "--data" -> data = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        Path directory = Files.createDirectories(Path.of(data));
        int colon = listen.lastIndexOf(':');
        String host = listen.substring(0, colon);
        int port = Integer.parseInt(listen.substring(colon + 1));

        // A page cache that holds the working set: a scan then reads objects, not serialized pages.
        MVStore store = new MVStore.Builder()
            // Named for its format: documents as BSON (a file of the earlier Java-serialized format is left alone).
            .fileName(directory.resolve("documents-bson.mv.db").toString())
            .cacheSize(Integer.getInteger("tributary.cacheMiB", 256))
            .open();
        DurableH2Backend backend = new DurableH2Backend(store);
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        System.out.println("local MongoDB-wire server listening on " + listen + ", data in " + directory);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            store.close();
        }, "shutdown"));
        Thread.currentThread().join();
    }
}
