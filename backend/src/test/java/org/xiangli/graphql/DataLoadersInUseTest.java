package org.xiangli.graphql;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the loaders a field asked for are dispatched; every registered one can be asked for. */
class DataLoadersInUseTest {

    private static DataLoader<String, String> echo() {
        return DataLoaderFactory.newDataLoader(keys -> CompletableFuture.completedFuture(List.copyOf(keys)));
    }

    @Test
    void aRegisteredLoaderIsDispatchedOnceAskedFor() {
        DataLoadersInUse registry = new DataLoadersInUse();
        DataLoader<String, String> parents = echo();
        registry.register("parent", parents);
        registry.register("children", echo());

        assertThat(registry.getDataLoaders()).as("dispatched before any field asks").isEmpty();
        assertThat(registry.<String, String>getDataLoader("parent")).isSameAs(parents);
        assertThat(registry.<String, String>getDataLoader("parent")).isSameAs(parents);
        assertThat(registry.getKeys()).containsExactly("parent");
        assertThat(registry.getDataLoader("unknown")).isNull();

        CompletableFuture<String> loaded = parents.load("330523200");
        registry.dispatchAll();
        assertThat(loaded.join()).isEqualTo("330523200");
    }
}
