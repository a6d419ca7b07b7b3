// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Settings of the JDBC store as a view over {@link #get(String)}, so that Spring, MicroProfile Config, system
 * properties or a plain {@link Properties} can back it without a framework dependency (as Micrometer's registry
 * configs do). Every setting has a default: with none set, the store is the embedded H2 database in {@code ./data}.
 */
public interface JdbcStoreConfig {
    /** Key of the JDBC URL; when absent, the H2 file database in {@link #dataDirectory()}. */
    String URL = "kasuhara.store.jdbc.url";
    /** Key of the database user. */
    String USER = "kasuhara.store.jdbc.user";
    /** Key of the database password. */
    String PASSWORD = "kasuhara.store.jdbc.password";
    /** Key of the folder of the embedded H2 database. */
    String DATA_DIRECTORY = "kasuhara.store.data";
    /** The folder of the embedded H2 database when none is set. */
    Path DEFAULT_DATA_DIRECTORY = Path.of("data");

    /**
     * @param key a setting's key, e.g. {@value #URL}
     * @return its value, or {@code null} when not set
     */
    String get(String key);

    /** @return the folder of the embedded H2 database ({@value #DATA_DIRECTORY}, default {@code ./data}) */
    default Path dataDirectory() {
        String value = get(DATA_DIRECTORY);
        return value == null || value.isBlank() ? DEFAULT_DATA_DIRECTORY : Path.of(value);
    }

    /** @return the JDBC URL ({@value #URL}), or {@code null} for the embedded H2 database */
    default String url() {
        String value = get(URL);
        return value == null || value.isBlank() ? null : value;
    }

    /** @return the database user ({@value #USER}), or {@code null} */
    default String user() {
        return get(USER);
    }

    /** @return the database password ({@value #PASSWORD}), or {@code null} */
    default String password() {
        return get(PASSWORD);
    }

    /**
     * @param properties the settings
     * @return a config reading them
     */
    static JdbcStoreConfig of(Properties properties) {
        return properties::getProperty;
    }

    /**
     * @param settings the settings
     * @return a config reading them
     */
    static JdbcStoreConfig of(Map<String, String> settings) {
        return settings::get;
    }
}
