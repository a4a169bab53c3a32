package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import cn.remotewindow.kiosk.screen.ServiceCatalogue.Bundle;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Item;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Choosing a service, one decision per step: the department then its item; or the 一件事 bundles;
 * or a search by the pinyin initials of the item's name, typed on large letter keys.
 *
 * @param step which step is shown
 * @param department the department whose items are shown (step {@link Step#ITEMS}), else null
 * @param greenChannel the citizen switched the priority lane on
 * @param typed the letters typed on the search step (upper case), empty elsewhere
 */
public record ChoosingService(ServiceCatalogue catalogue, Step step, Department department, boolean greenChannel,
                              String typed) implements ScreenState {

    /** The search's letter keys, in alphabetical order: easier to find than QWERTY for most citizens. */
    public static final List<String> KEYS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> String.valueOf((char) c)).toList();
    /** Enough letters for any item's initials. */
    public static final int MAX_TYPED = 12;

    public enum Step { DEPARTMENTS, ITEMS, BUNDLES, SEARCH }

    public ChoosingService {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(step, "step");
        if ((step == Step.ITEMS) != (department != null)) {
            throw new IllegalArgumentException("a department is shown exactly on the items step");
        }
        typed = typed == null ? "" : typed;
    }

    /** The first step. */
    public static ChoosingService start(ServiceCatalogue catalogue) {
        return new ChoosingService(catalogue, Step.DEPARTMENTS, null, false, "");
    }

    @Override
    public ScreenId id() {
        return ScreenId.SERVICE_CHOICE;
    }

    /** What the search finds for the letters typed so far. */
    public List<ServiceSearch.Match> matches() {
        return step == Step.SEARCH ? catalogue.search(typed) : List.of();
    }

    @Override
    public void describe(ScreenContent.Builder content) {
        Messages m = content.messages();
        ScreenLanguage language = m.language();
        switch (step) {
            case DEPARTMENTS -> content.text(CHOICE_HEADING, m.text("choice.heading.departments"));
            case ITEMS -> content.text(CHOICE_HEADING, m.text("choice.heading.items", department.name().in(language)));
            case BUNDLES -> content.text(CHOICE_HEADING, m.text("choice.heading.bundles"));
            case SEARCH -> content.text(CHOICE_HEADING, m.text(greenChannel ? "choice.heading.search.green"
                    : "choice.heading.search") + (typed.isEmpty() ? "" : m.text("choice.typed", spaced(typed))));
        }
        if (step != Step.SEARCH) {
            // The search needs the room for its keys; the lane chosen before holds, and its heading says so.
            content.button(CHOICE_GREEN_CHANNEL, m.text(greenChannel ? "choice.greenChannel.on" : "choice.greenChannel.off"));
            content.text(CHOICE_HINT, m.text("choice.greenChannel.hint"));
        }
        switch (step) {
            case DEPARTMENTS -> {
                if (!catalogue.bundles().isEmpty()) {
                    content.button(CHOICE_BUNDLES, m.text("choice.bundles", catalogue.bundles().size()));
                }
                content.button(CHOICE_SEARCH, m.text("choice.search"));
                for (Department d : catalogue.departments()) {
                    content.button(CHOICE_DEPARTMENT + d.code(), d.name().in(language));
                }
            }
            case ITEMS -> {
                for (Item item : department.items()) {
                    content.button(CHOICE_ITEM + item.code(), itemLabel(m, item));
                }
                content.button(CHOICE_CONSULT + department.code(), m.text("choice.consult", department.name().in(language)));
                content.button(CHOICE_BACK, m.text("choice.back"));
            }
            case BUNDLES -> {
                for (Bundle bundle : catalogue.bundles()) {
                    content.button(CHOICE_BUNDLE + bundle.code(), bundleLabel(m, bundle));
                }
                content.button(CHOICE_BACK, m.text("choice.back"));
            }
            case SEARCH -> describeSearch(content, m);
        }
    }

    private void describeSearch(ScreenContent.Builder content, Messages m) {
        if (typed.isEmpty()) {
            content.text(CHOICE_SEARCH_HINT, m.text("choice.search.hint"));
        }
        for (String key : KEYS) {
            content.button(CHOICE_KEY + key, key);
        }
        content.button(CHOICE_KEY_DELETE, m.text("choice.key.delete"));
        content.button(CHOICE_KEY_CLEAR, m.text("choice.key.clear"));
        List<ServiceSearch.Match> matches = matches();
        if (!typed.isEmpty() && matches.isEmpty()) {
            content.text(CHOICE_NO_MATCH, m.text("choice.noMatch"));
        }
        for (ServiceSearch.Match match : matches) {
            if (match.isBundle()) {
                // Its items do not fit a result tile; the bundles step lists them.
                content.button(CHOICE_BUNDLE + match.code(), match.name().in(m.language()) + "\n"
                        + m.text("choice.result.bundle"));
            } else {
                content.button(CHOICE_ITEM + match.code(), itemLabel(m, match.item()) + "\n"
                        + m.text("choice.result.department", match.department().name().in(m.language())));
            }
        }
        content.button(CHOICE_BACK, m.text("choice.back"));
    }

    /** B D C: each letter apart, as on the keys. */
    private static String spaced(String letters) {
        return String.join(" ", letters.split(""));
    }

    private String itemLabel(Messages m, Item item) {
        String name = item.name().in(m.language());
        return greenChannel && !item.greenChannel() ? name + "\n" + m.text("choice.noGreenChannel") : name;
    }

    private String bundleLabel(Messages m, Bundle bundle) {
        String items = bundle.itemNames().stream().map(n -> n.in(m.language()))
                .collect(Collectors.joining(m.text("choice.bundle.separator")));
        String label = m.text("choice.bundle", bundle.name().in(m.language()), items);
        return greenChannel && !bundle.greenChannel() ? label + "\n" + m.text("choice.noGreenChannel") : label;
    }

    ChoosingService withDepartment(Department newDepartment) {
        return new ChoosingService(catalogue, newDepartment == null ? Step.DEPARTMENTS : Step.ITEMS, newDepartment,
                greenChannel, "");
    }

    ChoosingService withStep(Step newStep) {
        return new ChoosingService(catalogue, newStep, null, greenChannel, "");
    }

    ChoosingService withGreenChannel(boolean on) {
        return new ChoosingService(catalogue, step, department, on, typed);
    }

    ChoosingService withTyped(String letters) {
        String capped = letters.length() > MAX_TYPED ? letters.substring(0, MAX_TYPED) : letters;
        return new ChoosingService(catalogue, step, department, greenChannel, capped);
    }
}
