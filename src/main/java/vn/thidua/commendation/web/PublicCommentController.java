package vn.thidua.commendation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.commendation.Disclosure;
import vn.thidua.shared.InvalidInput;

/** The public page of nominees under comment (công khai, lấy ý kiến): no sign-in needed. */
@Controller
class PublicCommentController {

    private final Disclosure disclosure;

    PublicCommentController(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping("/cong-khai")
    String open(Model model) {
        model.addAttribute("published", disclosure.open());
        return "commendation/public";
    }

    @PostMapping("/cong-khai/{noticeId}/y-kien")
    String comment(
            @PathVariable Long noticeId,
            @RequestParam(required = false) Long nomineeId,
            @RequestParam(required = false) String authorName,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String body,
            @RequestParam(name = "website", required = false) String trap,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            disclosure.comment(noticeId, nomineeId, authorName, contact, body, request.getRemoteAddr(), trap);
            redirect.addFlashAttribute("saved", "disclosure.thanks");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            redirect.addFlashAttribute("draft", body);
            redirect.addFlashAttribute("draftNotice", noticeId);
            redirect.addFlashAttribute("draftName", authorName);
            redirect.addFlashAttribute("draftContact", contact);
        }
        return "redirect:/cong-khai#notice-" + noticeId;
    }
}
