package vn.thidua;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.thidua.shared.InvalidInput;

/**
 * A stale edit fails loudly with a page that says so, instead of overwriting someone's work; input
 * refused where no form is there to show it (a link, a download) gets a page naming the problems.
 */
@ControllerAdvice
class WebErrors {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String staleEdit() {
        return "error/409";
    }

    private final KeptInput kept;

    WebErrors(KeptInput kept) {
        this.kept = kept;
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput invalid, jakarta.servlet.http.HttpServletRequest request) {
        java.util.Optional<ModelAndView> back = kept.backToTheForm(request, invalid.problems());
        if (back.isPresent()) {
            return back.get();
        }
        ModelAndView page = new ModelAndView("error/400");
        page.addObject("problems", invalid.problems());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    /**
     * The database refused a value no form check caught (text longer than its column, a number out of
     * range): the user is told so, not shown a server error. Forms check their fields first and keep
     * the input; this is the net under them.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByTheDatabase(
            DataIntegrityViolationException refused, jakarta.servlet.http.HttpServletRequest request) {
        String state = sqlState(refused);
        String key = state != null && state.startsWith("22") ? "validation.input.tooLong" : "validation.input.refused";
        log.warn(
                "Dữ liệu bị cơ sở dữ liệu từ chối ({}): {}",
                state,
                refused.getMostSpecificCause().getMessage());
        return invalid(InvalidInput.of("input", key), request);
    }

    /**
     * A value the form sent that is not of its field's type (an impossible date such as 30/02, a
     * number with letters, a choice not offered) or a field missing: named, in Vietnamese.
     */
    @ExceptionHandler({
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class
    })
    ModelAndView notOfItsType(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        return invalid(new InvalidInput(java.util.List.of(kept.problem(e))), request);
    }

    /** A form that should carry a file arrived without one (or not as a file upload at all). */
    @ExceptionHandler(MultipartException.class)
    ModelAndView notAnUpload(MultipartException e, jakarta.servlet.http.HttpServletRequest request) {
        return invalid(InvalidInput.of("file", "validation.input.notAnUpload"), request);
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);
}
