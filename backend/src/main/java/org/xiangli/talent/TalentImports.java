package org.xiangli.talent;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.talent.TalentImport.Mode;
import org.xiangli.talent.TalentImport.Status;
import org.xiangli.talent.TalentImportRows.Parsed;
import org.xiangli.talent.TalentImportRows.Problem;
import org.xiangli.time.CountyCalendar;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Excel imports of talents as background jobs. The upload returns at once with a job; a virtual
 * thread (at most {@code max-concurrent-imports} at a time) reads and checks every row, then saves:
 * ALL_OR_NOTHING in one transaction (any problem and nothing is saved), VALID_ROWS in chunks. The
 * job row is updated in its own short transactions, so progress is visible while the import's
 * transaction is still open. The job runs as the caller who uploaded: same scope, same audit.
 */
@Service
class TalentImports {

    private static final Logger log = LoggerFactory.getLogger(TalentImports.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_KEPT_ERRORS = 1000;
    private static final int PROGRESS_EVERY = 500;
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final TransactionTemplate work;
    private final TalentRegistry registry;
    private final Hometowns hometowns;
    private final TalentsProperties properties;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore running;

    TalentImports(JdbcClient jdbc, PlatformTransactionManager transactions, TalentRegistry registry, Hometowns hometowns,
                  TalentsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.work = new TransactionTemplate(transactions);
        this.registry = registry;
        this.hometowns = hometowns;
        this.properties = properties;
        this.clock = clock;
        this.running = new Semaphore(properties.maxConcurrentImports());
    }

    /** Creates the job and starts it in the background; returns the job as it starts. */
    public long start(byte[] file, String fileName, boolean validateOnly, Mode mode) {
        Caller caller = CurrentCaller.get();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        long id = own.execute(tx -> {
            jdbc.sql("""
                            INSERT INTO talent_import (started_by, file_name, validate_only, mode, status, started_at)
                            VALUES (:by, :file, :validateOnly, :mode, 'RUNNING', :at)""")
                    .param("by", caller.name()).param("file", fileName).param("validateOnly", validateOnly)
                    .param("mode", mode.name()).param("at", Timestamp.from(clock.instant()))
                    .update(key, "id");
            return key.getKey().longValue();
        });
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                running.acquire();
                try {
                    run(id, file, validateOnly, mode);
                } finally {
                    running.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(id, "the server stopped during the import: start it again");
            } catch (RuntimeException e) {
                log.error("Talent import {} failed", id, e);
                fail(id, "the import failed unexpectedly (see the server log, import " + id + "): nothing was saved; try again");
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return id;
    }

    /** The job, if the caller started it (platform admins see every job). */
    public Optional<TalentImport> find(long id) {
        Caller caller = CurrentCaller.get();
        return jdbc.sql("SELECT * FROM talent_import WHERE id = :id").param("id", id)
                .query((rs, i) -> new TalentImport(rs.getLong("id"), rs.getString("started_by"), rs.getString("file_name"),
                        rs.getBoolean("validate_only"), Mode.valueOf(rs.getString("mode")), Status.valueOf(rs.getString("status")),
                        rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created_rows"), rs.getInt("updated_rows"),
                        rs.getInt("error_count"), problems(rs.getString("errors")), rs.getString("failure"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
                .optional()
                // owner only, the platform admin included: the report quotes rows of someone else's upload
                .filter(job -> job.startedBy().equals(caller.name()));
    }

    private void run(long id, byte[] file, boolean validateOnly, Mode mode) {
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(file)); // POI's zip-bomb guard stays at its default
        } catch (IOException | RuntimeException e) {
            fail(id, "the file is not an .xlsx workbook: save it from Excel or WPS as .xlsx and upload again");
            return;
        }
        List<TalentWorkbook.SheetRow> rows;
        try (workbook) {
            rows = TalentWorkbook.read(workbook, properties.maxImportRows());
        } catch (IllegalArgumentException e) {
            fail(id, e.getMessage());
            return;
        } catch (IOException e) {
            fail(id, "the file could not be read: save it again as .xlsx and upload again");
            return;
        }
        progress(id, rows.size(), 0, 0, 0);
        TalentImportRows checker = new TalentImportRows(hometowns.byCodes(rows.stream()
                .map(r -> r.text(TalentWorkbook.Column.HOMETOWN)).filter(code -> code != null).distinct().toList()),
                CountyCalendar.today(clock));
        List<Problem> problems = new ArrayList<>();
        List<Parsed> valid = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Parsed parsed = checker.check(rows.get(i), problems);
            if (parsed != null) {
                valid.add(parsed);
            }
            if (validateOnly && (i + 1) % PROGRESS_EVERY == 0) {
                progress(id, rows.size(), i + 1, 0, 0);
            }
        }
        if (validateOnly || (mode == Mode.ALL_OR_NOTHING && !problems.isEmpty()) || valid.isEmpty()) {
            finish(id, rows.size(), 0, 0, problems);
            return;
        }
        int[] counts = mode == Mode.ALL_OR_NOTHING
                ? work.execute(tx -> save(id, rows.size(), valid, 0))
                : saveInChunks(id, rows.size(), valid);
        finish(id, rows.size(), counts[0], counts[1], problems);
    }

    private int[] saveInChunks(long id, int total, List<Parsed> valid) {
        int[] counts = {0, 0};
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<Parsed> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            int done = from;
            int[] saved = work.execute(tx -> save(id, total, chunk, done));
            counts[0] += saved[0];
            counts[1] += saved[1];
        }
        return counts;
    }

    /** Upserts rows by natural key in the current transaction; {created, updated}. */
    private int[] save(long id, int total, List<Parsed> rows, int alreadyDone) {
        int created = 0;
        int updated = 0;
        for (int i = 0; i < rows.size(); i++) {
            Parsed row = rows.get(i);
            if (registry.upsert(row.hometown(), row.profile(), false) == TalentRegistry.Upserted.CREATED) {
                created++;
            } else {
                updated++;
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress(id, total, alreadyDone + i + 1, created, updated);
            }
        }
        return new int[] {created, updated};
    }

    private void progress(long id, int total, int processed, int created, int updated) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE talent_import SET total_rows = :total, processed_rows = :processed,
                          created_rows = :created, updated_rows = :updated
                        WHERE id = :id""")
                .param("total", total).param("processed", processed).param("created", created).param("updated", updated)
                .param("id", id).update());
    }

    private void finish(long id, int total, int created, int updated, List<Problem> problems) {
        Status status = problems.isEmpty() ? Status.SUCCEEDED : Status.COMPLETED_WITH_ERRORS;
        own.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE talent_import SET status = :status, total_rows = :total, processed_rows = :total,
                          created_rows = :created, updated_rows = :updated, error_count = :errors, errors = :json, finished_at = :at
                        WHERE id = :id""")
                .param("status", status.name()).param("total", total).param("created", created).param("updated", updated)
                .param("errors", problems.size())
                .param("json", JSON.writeValueAsString(problems.subList(0, Math.min(problems.size(), MAX_KEPT_ERRORS))))
                .param("at", Timestamp.from(clock.instant())).param("id", id).update());
    }

    private void fail(long id, String why) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE talent_import SET status = 'FAILED', failure = :why, created_rows = 0, updated_rows = 0, finished_at = :at
                        WHERE id = :id""")
                .param("why", why.length() > 500 ? why.substring(0, 500) : why).param("at", Timestamp.from(clock.instant()))
                .param("id", id).update());
    }

    private static List<Problem> problems(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Problem>>() {
        });
    }
}
