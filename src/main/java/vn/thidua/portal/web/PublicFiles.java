package vn.thidua.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.thidua.attachment.Attachments;

/** A published file as the public gets it: images shown in the page, other files downloaded. */
final class PublicFiles {

    private PublicFiles() {}

    static ResponseEntity<byte[]> serve(Attachments.Download file) {
        boolean image = file.contentType().startsWith("image/");
        ContentDisposition.Builder disposition = image ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
