package vn.thidua;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
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

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput invalid) {
        ModelAndView page = new ModelAndView("error/400");
        page.addObject("problems", invalid.problems());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
