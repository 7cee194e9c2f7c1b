package vn.thidua.commendation;

import java.time.LocalDate;

/** A dossier's nominees were published for public comment (lấy ý kiến nhân dân) for a window. */
public record CommentWindowOpened(
        Long dossierId, String title, Long proposingUnitId, LocalDate startsOn, LocalDate endsOn) {}
