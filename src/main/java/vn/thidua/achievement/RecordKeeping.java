package vn.thidua.achievement;

import java.time.LocalDate;

/** What a person's record and a collective's record both take: ratings, titles, forms, corrections. */
public interface RecordKeeping {

    Timeline timelineOf(Long id);

    void rate(Long id, int year, Rating rating);

    void grantTitle(Long id, int year, Award title, String decision);

    void recordAward(Long id, LocalDate date, Award form, String decision, Basis basis);

    void remove(Long id, Timeline.Kind kind, Long entryId);
}
