package org.xiangli.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Where uploaded files (evidence of progress reports, photos of matters) are kept and how large one may be.
 *
 * @param directory where the files are stored, outside the database (default {@code ./data/evidence})
 * @param maxSize   largest file accepted (default 20MB)
 */
@ConfigurationProperties("xiangli.files")
record FileProperties(Path directory, DataSize maxSize) {

    public FileProperties {
        directory = directory == null ? Path.of("data", "evidence") : directory;
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("xiangli.files.max-size must be more than 0");
        }
    }
}
