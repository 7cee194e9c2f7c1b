package vn.thidua.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data for the embedded evaluation mode: whether to load it, how many synthetic people, and
 * the demo accounts' password (THIDUA_DEMO_PASSWORD; random and printed when empty), and for how
 * many people (the first ones) to generate records, from which year ({@code history-from}, default
 * 2019) to 2025; and whether to walk the 2025 year through the services ({@code living-year}, default on;
 * the tests keep it off but for the ones that look at it, {@link LivingProvince}).
 */
@ConfigurationProperties("thidua.demo")
public record DemoSettings(
        Boolean enabled,
        Integer people,
        String password,
        Long seed,
        Integer histories,
        Integer historyFrom,
        Boolean livingYear) {

    public DemoSettings {
        enabled = enabled == null || enabled;
        people = people == null ? 3000 : people;
        seed = seed == null ? 2026L : seed;
        histories = histories == null ? 1000 : histories;
        historyFrom = historyFrom == null ? 2019 : historyFrom;
        livingYear = livingYear == null || livingYear;
    }
}
