package vn.thidua.attachment.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.attachment.Attachments;

/** Downloads a stored file, after its owner's module has said the account may read it. */
@RestController
class FilesController {

    private final Attachments attachments;

    FilesController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Attachments.Download file = attachments.open(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
