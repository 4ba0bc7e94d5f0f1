package org.xiangli.matter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ledger numbers {@code SX-<year>-<6 digits>}: one counter row per year, moved under its row lock,
 * so concurrent reports get consecutive numbers (a rolled-back report leaves a gap).
 */
@Component
class MatterNumbers {

    private final JdbcClient jdbc;

    MatterNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        Long last = jdbc.sql("SELECT last_number FROM matter_number WHERE ledger_year = ? FOR UPDATE").param(year).query(Long.class).optional().orElse(null);
        long number;
        if (last == null) {
            // a first report of the year at the same moment elsewhere fails on the primary key: a CONFLICT to send again
            jdbc.sql("INSERT INTO matter_number (ledger_year, last_number) VALUES (?, 1)").param(year).update();
            number = 1;
        } else {
            number = last + 1;
            jdbc.sql("UPDATE matter_number SET last_number = ? WHERE ledger_year = ?").param(number).param(year).update();
        }
        return "SX-%d-%06d".formatted(year, number);
    }
}
