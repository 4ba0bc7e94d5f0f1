package org.xiangli.eldercare;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Dead letters of ingestion, read only. */
interface DeadLetters extends Repository<DeadLetter, Long>, JpaSpecificationExecutor<DeadLetter> {
}
