/**
 * How the application talks to its database: reads run outside transactions, one statement per
 * round trip; writes run in the transactions their services declare.
 */
@NullMarked
package org.xiangli.database;

import org.jspecify.annotations.NullMarked;
