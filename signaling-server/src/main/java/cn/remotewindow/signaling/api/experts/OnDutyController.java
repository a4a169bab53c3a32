package cn.remotewindow.signaling.api.experts;

import cn.remotewindow.signaling.accounts.ExpertAccount;
import cn.remotewindow.signaling.accounts.ExpertAccounts;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The experts signed on now, with their skills and presence: what an expert picks from to
 * transfer a citizen (转办) or to invite a colleague. Experts only; names and presence of
 * colleagues are work information, no citizen data is in it.
 */
@RestController
public class OnDutyController {

    private final Dispatch dispatch;
    private final ExpertAccounts accounts;

    public OnDutyController(Dispatch dispatch, ExpertAccounts accounts) {
        this.dispatch = dispatch;
        this.accounts = accounts;
    }

    @GetMapping("/api/experts/on-duty")
    public OnDutyResponse onDuty() {
        List<OnDutyResponse.Colleague> experts = dispatch.experts().stream()
                .sorted(Comparator.comparing(ExpertStatus::expertId))
                .map(status -> new OnDutyResponse.Colleague(status.expertId(),
                        accounts.findByUsername(status.expertId()).map(ExpertAccount::displayName)
                                .orElse(status.expertId()),
                        List.copyOf(new TreeSet<>(status.skills())), status.effectiveState()))
                .toList();
        List<String> skills = List.copyOf(experts.stream().flatMap(e -> e.skills().stream())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        return new OnDutyResponse(experts, skills);
    }
}
