package vn.thidua.exemplary;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.portal.SectionFeed;

/** Feeds the portal's "Gương điển hình tiên tiến" section: only verified entries with consent. */
@Component
class ExemplaryFeed implements SectionFeed {

    private final ExemplaryRegister register;

    ExemplaryFeed(ExemplaryRegister register) {
        this.register = register;
    }

    @Override
    public String category() {
        return "guong-dien-hinh";
    }

    @Override
    public List<Item> items(int limit) {
        return register.published(limit).stream()
                .map(e -> new Item(e.name() + " — " + e.field(), e.unitName(), "/portal/dien-hinh-tien-tien/" + e.id()))
                .toList();
    }
}
