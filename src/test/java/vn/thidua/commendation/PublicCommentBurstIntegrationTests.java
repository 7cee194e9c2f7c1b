package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.Award;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/** The hourly limit of public comments per address holds under a burst (issue 16). */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
class PublicCommentBurstIntegrationTests {

    @Autowired
    CouncilFixtures councils;

    @Autowired
    Disclosure disclosure;

    @Autowired
    Dossiers dossiers;

    @Test
    @WithUserDetails("bantdkt")
    void aBurstFromOneAddressGetsNoMoreCommentsThroughThanTheHourlyLimit() throws Exception {
        // given: a proposal to the Prime Minister under public comment
        Dossier d = councils.appraised(
                "Sở Giáo dục và Đào tạo",
                "Đề nghị Thủ tướng tặng Bằng khen năm 2025 (kiểm thử góp ý dồn dập)",
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                1);
        Disclosure.Notice notice = disclosure.publish(d.id(), TestClock.today());

        // when: twelve comments from one address arrive at once
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Boolean>> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            sent.add(pool.submit(() -> {
                try {
                    disclosure.comment(
                            notice.id(),
                            null,
                            "Lê Văn Tám " + n,
                            "0913 000 00" + (n % 10),
                            "Góp ý số " + n + " về danh sách đề nghị.",
                            "203.0.113.9",
                            null);
                    return true;
                } catch (InvalidInput refused) {
                    return false;
                }
            }));
        }
        int taken = 0;
        for (Future<Boolean> f : sent) {
            taken += f.get() ? 1 : 0;
        }
        pool.shutdown();

        // then: exactly the hourly limit got through
        assertThat(taken).isEqualTo(5);
        assertThat(disclosure.comments(d.id())).hasSize(5);
    }
}
