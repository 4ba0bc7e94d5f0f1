package org.xiangli.talent;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;

/**
 * Keeps the search index whole across restarts: on start, when the index does not hold exactly the
 * talents of the database (a new or in-memory index, a restored database), it is rebuilt from the
 * database before anything else runs. Writes keep it in step from then on. {@link #rebuild()} is
 * also what an operator (or the benchmark) runs after bulk SQL that bypassed Hibernate.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TalentIndexing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TalentIndexing.class);

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;

    TalentIndexing(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long stored = jdbc.sql("SELECT COUNT(*) FROM talent").query(Long.class).single();
        long indexed = indexed();
        if (stored != indexed) {
            log.info("Talent index holds {} of {} talents: rebuilding it", indexed, stored);
            rebuild();
        }
    }

    /** Rebuilds the index from the database (blocking). */
    public void rebuild() throws InterruptedException {
        long started = System.nanoTime();
        // the mass indexer loads on its own threads, where no caller is set: the scope filter would
        // hide every row from them, so they run as the platform itself
        SecurityContext system = CurrentCaller.asSystem(SecurityContextHolder::getContext);
        mapping().scope(Talent.class).massIndexer()
                .environment(new MassIndexingEnvironment() {
                    @Override
                    public void beforeExecution(Context context) {
                        SecurityContextHolder.setContext(system);
                    }

                    @Override
                    public void afterExecution(Context context) {
                        SecurityContextHolder.clearContext();
                    }
                })
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .startAndWait();
        log.info("Talent index rebuilt: {} talents in {} ms", indexed(), (System.nanoTime() - started) / 1_000_000);
    }

    private long indexed() {
        try (var session = entityManagerFactory.createEntityManager()) {
            return Search.session(session).search(Talent.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
