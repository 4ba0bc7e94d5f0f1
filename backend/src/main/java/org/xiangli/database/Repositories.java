package org.xiangli.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.xiangli.XiangliApplication;

/**
 * The JPA repositories, without Spring Data's default transaction around each method: a read
 * outside a service transaction is one statement in autocommit, instead of {@code SET autocommit=0},
 * the SELECT, {@code COMMIT} and {@code SET autocommit=1}. Writes stay atomic because every service
 * that writes declares its own {@code @Transactional}, which the repositories join; a write without
 * one fails (no transaction to persist in) rather than committing piecemeal.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = XiangliApplication.class, enableDefaultTransactions = false)
class Repositories {
}
