package vn.thidua.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such article, or one not published: 404 for the public. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFound extends RuntimeException {

    public ArticleNotFound(String slug) {
        super("no published article " + slug);
    }
}
