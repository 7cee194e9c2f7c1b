package vn.thidua.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one Excel import may cost, so that the memory an import takes is bounded whatever the file
 * holds (ADR 0021): the upload, each part of the workbook once unzipped, the rows, columns and
 * length of a cell, the merged regions read, and how many imports run at once on one instance.
 */
@ConfigurationProperties("thidua.imports")
public record ImportLimits(
        DataSize maxFileSize,
        DataSize maxSheetSize,
        DataSize maxSharedStringsSize,
        Integer maxRows,
        Integer maxColumns,
        Integer maxCellLength,
        Integer maxMergedRegions,
        Integer concurrent) {

    /** Rows above the data a list may carry (title lines, the header) on top of {@link #maxRows()}. */
    public static final int HEADER_ROWS = 10;

    public static final ImportLimits DEFAULT = new ImportLimits(null, null, null, null, null, null, null, null);

    public ImportLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxSheetSize = maxSheetSize == null ? DataSize.ofMegabytes(100) : maxSheetSize;
        maxSharedStringsSize = maxSharedStringsSize == null ? DataSize.ofMegabytes(32) : maxSharedStringsSize;
        maxRows = maxRows == null ? 50_000 : maxRows;
        maxColumns = maxColumns == null ? 50 : maxColumns;
        maxCellLength = maxCellLength == null ? 4_000 : maxCellLength;
        maxMergedRegions = maxMergedRegions == null ? 10_000 : maxMergedRegions;
        concurrent = concurrent == null ? 2 : concurrent;
    }
}
