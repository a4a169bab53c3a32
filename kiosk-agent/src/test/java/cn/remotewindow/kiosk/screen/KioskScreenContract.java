package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KioskScreen} does, checked the way a citizen meets it: visible words and taps
 * by name. Run against the headless screen and against the Swing screen's component tree.
 */
public abstract class KioskScreenContract {

    protected ScreenDriver driver;
    protected KioskScreen screen;
    protected RecordingListener listener;

    /** A fresh screen of the implementation under test. */
    protected abstract ScreenDriver newDriver();

    @BeforeEach
    void setUp() {
        driver = newDriver();
        screen = driver.screen();
        listener = new RecordingListener();
        screen.setListener(listener);
    }

    private String text(String name) {
        driver.settle();
        return driver.visibleTexts().get(name);
    }

    private void press(String control) {
        driver.settle();
        assertThat(driver.press(control)).as("press " + control).isTrue();
        driver.settle();
    }

    private void chooseLandRegistration(boolean green) {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        if (green) {
            press(CHOICE_GREEN_CHANNEL);
        }
        press(CHOICE_DEPARTMENT + "MNR");
        press(CHOICE_ITEM + "MNR-BDCDJ");
    }

    @Test
    void startsWithAPleaseWaitScreenInChinese() {
        assertThat(text(STARTING_HEADING)).isEqualTo("正在准备，请稍候");
        assertThat(text(TITLE)).isEqualTo("远程虚拟窗口");
        assertThat(text(LANGUAGE)).isEqualTo("English");
        assertThat(screen.language()).isEqualTo(ScreenLanguage.ZH_CN);
    }

    @Test
    void serviceChoiceShowsDepartmentsThenTheirItems() {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        assertThat(text(CHOICE_HEADING)).isEqualTo("请选择您要找的部门");
        assertThat(text(CHOICE_DEPARTMENT + "PSB")).isEqualTo("公安局");
        assertThat(text(CHOICE_DEPARTMENT + "MARKET")).isEqualTo("市场监管局");
        assertThat(driver.pressable()).contains(CHOICE_DEPARTMENT + "HRSS", CHOICE_GREEN_CHANNEL)
                .doesNotContain(CHOICE_ITEM + "PSB-HJQY", CHOICE_BACK);

        press(CHOICE_DEPARTMENT + "PSB");

        assertThat(text(CHOICE_HEADING)).isEqualTo("公安局：请选择您要办的事");
        assertThat(text(CHOICE_ITEM + "PSB-HJQY")).isEqualTo("户籍迁移");
        assertThat(text(CHOICE_CONSULT + "PSB")).isEqualTo("其他事情\n直接咨询公安局");
        assertThat(driver.visibleTexts()).doesNotContainKey(CHOICE_DEPARTMENT + "HRSS");
        press(CHOICE_BACK);
        assertThat(text(CHOICE_DEPARTMENT + "HRSS")).isEqualTo("人社局");
        assertThat(listener.calls()).isEmpty();
    }

    @Test
    void choosingAnItemTellsTheControllerOnceWithTheGreenChannel() {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        assertThat(text(CHOICE_GREEN_CHANNEL)).isEqualTo("绿色通道：未开启（点此开启）");
        press(CHOICE_GREEN_CHANNEL);
        assertThat(text(CHOICE_GREEN_CHANNEL)).isEqualTo("绿色通道：已开启");
        press(CHOICE_DEPARTMENT + "HRSS");
        assertThat(text(CHOICE_GREEN_CHANNEL)).as("the switch keeps its state on the second step")
                .isEqualTo("绿色通道：已开启");

        press(CHOICE_ITEM + "HRSS-SBZY");

        assertThat(listener.calls()).containsExactly("serviceChosen HRSS HRSS-SBZY green=true");
        assertThat(driver.press(CHOICE_ITEM + "HRSS-SBZY")).as("a second tap is not sent twice").isFalse();
        assertThat(driver.pressable()).containsExactly(LANGUAGE);
        screen.showConnecting();
        assertThat(text(CONNECTING_HEADING)).isEqualTo("正在为您接通专家");
        assertThat(driver.pressable()).contains(CONNECTING_CANCEL);
    }

    @Test
    void oneApplicationBundlesAreOfferedWithWhatTheyCover() {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        assertThat(text(CHOICE_BUNDLES)).isEqualTo("“一件事”一次办\n1 项联办服务");
        press(CHOICE_GREEN_CHANNEL);
        press(CHOICE_BUNDLES);

        assertThat(text(CHOICE_HEADING)).isEqualTo("“一件事”：一次申请，几个部门一起办");
        assertThat(text(CHOICE_BUNDLE + "YJS-TX")).isEqualTo("退休“一件事”\n包括：社保关系转移、职工退休审批、高龄津贴申领");
        assertThat(driver.visibleTexts()).doesNotContainKey(CHOICE_DEPARTMENT + "PSB");
        press(CHOICE_BUNDLE + "YJS-TX");

        assertThat(listener.calls()).containsExactly("serviceChosen null YJS-TX green=true");
        screen.showWaiting(2, Duration.ofMinutes(4), 1);
        assertThat(text(WAITING_SERVICE)).isEqualTo("您要办理：退休“一件事”（绿色通道）");
    }

    @Test
    void searchFindsItemsAndBundlesByPinyinInitialsOnLetterKeys() {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        press(CHOICE_SEARCH);
        assertThat(text(CHOICE_HEADING)).isEqualTo("查找事项");
        assertThat(text(CHOICE_SEARCH_HINT)).startsWith("请按事项名称每个字的拼音首字母");
        assertThat(driver.pressable()).contains(CHOICE_KEY + "A", CHOICE_KEY + "Z", CHOICE_KEY_DELETE, CHOICE_KEY_CLEAR,
                CHOICE_BACK);

        press(CHOICE_KEY + "B");
        press(CHOICE_KEY + "D");
        press(CHOICE_KEY + "C");

        assertThat(text(CHOICE_HEADING)).isEqualTo("查找事项：B D C");
        assertThat(text(CHOICE_SEARCH_HINT)).isNull();
        assertThat(text(CHOICE_ITEM + "MNR-BDCDJ")).isEqualTo("不动产登记\n（自然资源和规划局）");
        assertThat(text(CHOICE_ITEM + "MNR-BDCCX")).isEqualTo("不动产信息查询\n（自然资源和规划局）");
        assertThat(driver.visibleTexts()).doesNotContainKey(CHOICE_ITEM + "PSB-HJQY");

        press(CHOICE_KEY_CLEAR);
        press(CHOICE_KEY + "T");
        press(CHOICE_KEY + "X");
        assertThat(driver.pressable()).as("退休 is T X: the bundle and the item").contains(CHOICE_BUNDLE + "YJS-TX",
                CHOICE_ITEM + "HRSS-TXSP");
        press(CHOICE_KEY + "Q");
        assertThat(text(CHOICE_NO_MATCH)).startsWith("没有找到这样的事项");
        press(CHOICE_KEY_DELETE);
        assertThat(text(CHOICE_NO_MATCH)).isNull();
        press(CHOICE_ITEM + "HRSS-TXSP");

        assertThat(listener.calls()).containsExactly("serviceChosen HRSS HRSS-TXSP green=false");
    }

    @Test
    void theGreenChannelIsNotPromisedForAnItemClosedToIt() {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        press(CHOICE_GREEN_CHANNEL);
        press(CHOICE_DEPARTMENT + "PSB");
        assertThat(text(CHOICE_ITEM + "PSB-JZZ")).isEqualTo("居住证办理\n（此事项按普通顺序排队）");
        assertThat(text(CHOICE_ITEM + "PSB-HJQY")).isEqualTo("户籍迁移");

        press(CHOICE_ITEM + "PSB-JZZ");

        assertThat(listener.calls()).containsExactly("serviceChosen PSB PSB-JZZ green=false");
    }

    @Test
    void askingTheDepartmentWithoutAnItemSendsOnlyTheDepartment() {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        press(CHOICE_DEPARTMENT + "MCA");
        press(CHOICE_CONSULT + "MCA");
        assertThat(listener.calls()).containsExactly("serviceChosen MCA null green=false");
    }

    @Test
    void waitingShowsThePlaceAndTheWaitInWords() {
        chooseLandRegistration(true);
        screen.showWaiting(3, Duration.ofSeconds(165), 2);
        assertThat(text(WAITING_HEADING)).isEqualTo("正在为您排队，请稍候");
        assertThat(text(WAITING_SERVICE)).isEqualTo("您要办理：不动产登记（绿色通道）");
        assertThat(text(WAITING_POSITION)).isEqualTo("您前面还有 2 位");
        assertThat(text(WAITING_ESTIMATE)).isEqualTo("预计等候约 3 分钟");
        assertThat(text(WAITING_EXPERTS)).isEqualTo("现在有 2 位专家在线");

        screen.showWaiting(1, null, 0);
        assertThat(text(WAITING_POSITION)).isEqualTo("下一位就是您");
        assertThat(text(WAITING_ESTIMATE)).isEqualTo("暂无专家在线");
        assertThat(text(WAITING_EXPERTS)).startsWith("专家上线后会马上为您服务");
    }

    @Test
    void leavingTheQueueTakesASecondTapAndQueueUpdatesDoNotCloseTheQuestion() {
        screen.showWaiting(2, Duration.ofMinutes(4), 1);
        press(WAITING_CANCEL);
        assertThat(text(WAITING_CANCEL_QUESTION)).isEqualTo("确定不排队了吗？离开后需要重新排队。");
        assertThat(listener.calls()).isEmpty();

        screen.showWaiting(1, Duration.ofMinutes(2), 1);
        assertThat(text(WAITING_POSITION)).isEqualTo("下一位就是您");
        assertThat(text(WAITING_CANCEL_QUESTION)).as("still asking").isNotNull();

        press(WAITING_CANCEL_KEEP);
        assertThat(driver.visibleTexts()).doesNotContainKey(WAITING_CANCEL_QUESTION);
        assertThat(text(WAITING_CANCEL)).isEqualTo("不想等了");
        press(WAITING_CANCEL);
        press(WAITING_CANCEL_CONFIRM);
        assertThat(listener.calls()).containsExactly("cancelRequested");
        assertThat(driver.press(WAITING_CANCEL_CONFIRM)).isFalse();
    }

    @Test
    void connectingCanBeCancelledWithConfirmation() {
        screen.showConnecting();
        press(CONNECTING_CANCEL);
        press(CONNECTING_CANCEL_CONFIRM);
        assertThat(listener.calls()).containsExactly("cancelRequested");
    }

    @Test
    void aSecondExpertInTheCallIsNamedBesideTheirPictureAndGoesWhenTheyLeave() {
        screen.showGuest("刘洋");
        screen.showInCall("张伟");
        assertThat(driver.visibleTexts()).as("no guest before one joins this call").doesNotContainKey(CALL_GUEST);
        screen.showGuest("刘洋");
        assertThat(text(CALL_GUEST)).isEqualTo("协助专家 刘洋");
        assertThat(text(CALL_EXPERT)).as("the lead stays the one serving").isEqualTo("专家 张伟 正在为您服务");
        screen.showGuest(null);
        assertThat(driver.visibleTexts()).doesNotContainKey(CALL_GUEST);
        screen.showGuest("刘洋");
        screen.showRating();
        screen.showInCall("李娜");
        assertThat(driver.visibleTexts()).as("a new call starts without the last one's guest").doesNotContainKey(CALL_GUEST);
    }

    @Test
    void inCallMuteBannerAndHangUp() {
        screen.showInCall("张伟");
        assertThat(text(CALL_EXPERT)).isEqualTo("专家 张伟 正在为您服务");
        assertThat(driver.visibleTexts()).doesNotContainKeys(CALL_BANNER, CALL_MUTED);
        assertThat(text(CALL_MUTE)).isEqualTo("关闭麦克风");

        press(CALL_MUTE);
        assertThat(listener.calls()).containsExactly("muteChanged true");
        assertThat(text(CALL_MUTE)).isEqualTo("打开麦克风");
        assertThat(text(CALL_MUTED)).startsWith("麦克风已关闭");

        screen.updateCallStatus(new CallStatus(NetworkQuality.WEAK, true, false, false));
        assertThat(text(CALL_BANNER)).isEqualTo("网络信号较弱，画面和声音可能不清楚");
        screen.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, false, true, false));
        assertThat(text(CALL_BANNER)).isEqualTo("网络不稳定，正在重新连接，请不要离开");
        assertThat(text(CALL_MUTE)).as("the controller's status is the truth").isEqualTo("关闭麦克风");
        assertThat(text(CALL_SHARED_SCREEN)).isEqualTo("正在等待专家共享的屏幕");
        screen.updateCallStatus(CallStatus.START);
        assertThat(driver.visibleTexts()).doesNotContainKeys(CALL_BANNER, CALL_SHARED_SCREEN);

        press(CALL_HANG_UP);
        assertThat(text(CALL_HANG_UP_QUESTION)).isEqualTo("确定要结束通话吗？");
        press(CALL_HANG_UP_KEEP);
        assertThat(driver.pressable()).contains(CALL_HANG_UP);
        press(CALL_HANG_UP);
        press(CALL_HANG_UP_CONFIRM);
        assertThat(listener.calls()).containsExactly("muteChanged true", "hangUpRequested");
    }

    @Test
    void theCitizenIsToldWheneverTheExpertSeesTheirScreen() {
        screen.showInCall("张伟");
        assertThat(driver.visibleTexts()).doesNotContainKey(CALL_SHARING_OWN_SCREEN);

        screen.updateCallStatus(CallStatus.START.withSharingOwnScreen(true));
        assertThat(text(CALL_SHARING_OWN_SCREEN)).isEqualTo("专家正在查看您的屏幕");
        screen.updateCallStatus(CallStatus.START.withSharingOwnScreen(true).withNetwork(NetworkQuality.WEAK)
                .withMuted(true).withExpertSharingScreen(true));
        assertThat(text(CALL_SHARING_OWN_SCREEN)).as("with everything else on").isEqualTo("专家正在查看您的屏幕");
        assertThat(text(CALL_BANNER)).isEqualTo("网络信号较弱，画面和声音可能不清楚");
        press(CALL_MUTE);
        assertThat(text(CALL_SHARING_OWN_SCREEN)).as("a tap keeps the rest of the status").isNotNull();
        press(LANGUAGE);
        assertThat(text(CALL_SHARING_OWN_SCREEN)).isEqualTo("The expert can see your screen");

        screen.updateCallStatus(CallStatus.START);
        assertThat(driver.visibleTexts()).doesNotContainKey(CALL_SHARING_OWN_SCREEN);
        assertThat(listener.calls()).containsExactly("muteChanged false", "languageChanged EN");
    }

    @Test
    void callStatusWithersChangeOneThing() {
        CallStatus all = new CallStatus(NetworkQuality.RECONNECTING, true, true, true);
        assertThat(CallStatus.START).isEqualTo(new CallStatus(NetworkQuality.GOOD, false, false, false));
        assertThat(all.withNetwork(NetworkQuality.GOOD)).isEqualTo(new CallStatus(NetworkQuality.GOOD, true, true, true));
        assertThat(all.withMuted(false)).isEqualTo(new CallStatus(NetworkQuality.RECONNECTING, false, true, true));
        assertThat(all.withExpertSharingScreen(false))
                .isEqualTo(new CallStatus(NetworkQuality.RECONNECTING, true, false, true));
        assertThat(all.withSharingOwnScreen(false))
                .isEqualTo(new CallStatus(NetworkQuality.RECONNECTING, true, true, false));
    }

    @Test
    void theExpertsLatestMessageShowsUntilReplacedOrCleared() {
        screen.showInCall("张伟");
        assertThat(driver.visibleTexts()).doesNotContainKeys(CALL_EXPERT_MESSAGE, CALL_EXPERT_MESSAGE_LABEL);

        screen.showExpertMessage("请把身份证放在读卡器上");
        assertThat(text(CALL_EXPERT_MESSAGE_LABEL)).isEqualTo("专家提示");
        assertThat(text(CALL_EXPERT_MESSAGE)).isEqualTo("请把身份证放在读卡器上");

        screen.showExpertMessage("请看屏幕上的表格，核对您的姓名");
        assertThat(text(CALL_EXPERT_MESSAGE)).as("the latest replaces the one before")
                .isEqualTo("请看屏幕上的表格，核对您的姓名");
        screen.showExpertMessage(" \n\t ");
        assertThat(text(CALL_EXPERT_MESSAGE)).as("an empty message changes nothing")
                .isEqualTo("请看屏幕上的表格，核对您的姓名");
        screen.showExpertMessage(null);
        assertThat(text(CALL_EXPERT_MESSAGE)).isEqualTo("请看屏幕上的表格，核对您的姓名");

        screen.showInCall("张伟 (户籍)");
        screen.updateCallStatus(CallStatus.START.withNetwork(NetworkQuality.WEAK));
        press(CALL_HANG_UP);
        assertThat(text(CALL_EXPERT_MESSAGE)).as("kept through name, status and the hang-up question")
                .isEqualTo("请看屏幕上的表格，核对您的姓名");
        press(CALL_HANG_UP_KEEP);
        press(LANGUAGE);
        assertThat(text(CALL_EXPERT_MESSAGE_LABEL)).isEqualTo("Message from the expert");
        assertThat(text(CALL_EXPERT_MESSAGE)).as("the expert's words are not translated")
                .isEqualTo("请看屏幕上的表格，核对您的姓名");

        screen.clearExpertMessage();
        assertThat(driver.visibleTexts()).doesNotContainKeys(CALL_EXPERT_MESSAGE, CALL_EXPERT_MESSAGE_LABEL);
        screen.clearExpertMessage();
        assertThat(text(CALL_EXPERT)).isEqualTo("Expert 张伟 (户籍) is serving you");
        assertThat(listener.calls()).containsExactly("languageChanged EN");
    }

    @Test
    void expertMessagesOutsideTheCallAreIgnoredAndANewCallStartsWithout() {
        screen.showConnecting();
        screen.showExpertMessage("too early");
        screen.showInCall("张伟");
        assertThat(driver.visibleTexts()).doesNotContainKey(CALL_EXPERT_MESSAGE);

        screen.showExpertMessage("请把身份证放在读卡器上");
        screen.updateCallStatus(CallStatus.START.withSharingOwnScreen(true));
        screen.showRating();
        screen.showExpertMessage("too late");
        screen.clearExpertMessage();
        assertThat(text(RATING_HEADING)).isEqualTo("请您为这次服务评价");
        assertThat(driver.visibleTexts()).doesNotContainKeys(CALL_EXPERT_MESSAGE, CALL_EXPERT_MESSAGE_LABEL,
                CALL_SHARING_OWN_SCREEN);

        screen.showInCall("李娜");
        assertThat(driver.visibleTexts()).as("the next call starts clean")
                .doesNotContainKeys(CALL_EXPERT_MESSAGE, CALL_EXPERT_MESSAGE_LABEL, CALL_SHARING_OWN_SCREEN);
    }

    @Test
    void expertMessagesArePlainTextWithoutControlCharacters() {
        screen.showInCall("张伟");
        screen.showExpertMessage("<html><b>点这里</b><img src='http://example.invalid/x.png'></html>");
        assertThat(text(CALL_EXPERT_MESSAGE)).as("shown as typed, not interpreted")
                .isEqualTo("<html><b>点这里</b><img src='http://example.invalid/x.png'></html>");

        screen.showExpertMessage("\u0007请把\u0000身份证\r\n放在\u202E读卡器\u200B上\t\t。\u001B[31m");
        assertThat(text(CALL_EXPERT_MESSAGE)).isEqualTo("请把身份证 放在读卡器上 。[31m");
    }

    @Test
    void longExpertMessagesAreCutWithAnEllipsis() {
        screen.showInCall("张伟");
        String words = "Please bring your household register and a copy of it next time. ".repeat(5);
        screen.showExpertMessage(words);
        String shown = text(CALL_EXPERT_MESSAGE);
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(KioskScreen.EXPERT_MESSAGE_MAX_LENGTH);
        assertThat(shown).endsWith("…").doesNotEndWith(" …");
        assertThat(words).startsWith(shown.substring(0, shown.length() - 1));

        String exactly = "Bring your ID card. ".repeat(10).strip() + "!";
        assertThat(exactly).hasSize(KioskScreen.EXPERT_MESSAGE_MAX_LENGTH);
        screen.showExpertMessage(exactly);
        assertThat(text(CALL_EXPERT_MESSAGE)).as("up to the limit nothing is cut").isEqualTo(exactly);
    }

    @Test
    void callStatusOutsideACallIsIgnored() {
        screen.showRating();
        screen.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, true, true, false));
        assertThat(text(RATING_HEADING)).isEqualTo("请您为这次服务评价");
        assertThat(driver.visibleTexts()).doesNotContainKey(CALL_BANNER);
    }

    @Test
    void videoDoesNotOutliveTheCall() {
        screen.showInCall("张伟");
        driver.settle();
        screen.expertVideo().show(new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB));
        screen.selfVideo().show(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB));
        assertThat(driver.showsPicture(screen.expertVideo())).isTrue();
        screen.showRating();
        driver.settle();
        assertThat(driver.showsPicture(screen.expertVideo())).isFalse();
        assertThat(driver.showsPicture(screen.selfVideo())).isFalse();
    }

    // ---- remote identity verification over the call ------------------------------------------

    @Test
    void anIdentityCheckAsksForSeparateConsentOverTheCallAndOffersTheManualCheck() {
        screen.showInCall("张伟");
        screen.showExpertMessage("请把身份证准备好");
        screen.showVerifyConsent("张伟");

        assertThat(text(VERIFY_HEADING)).isEqualTo("张伟专家请您核验身份");
        assertThat(text(VERIFY_CONSENT_WHAT)).contains("脸部照片").contains("身份证");
        assertThat(text(VERIFY_CONSENT_WHY)).contains("这一次");
        assertThat(text(VERIFY_CONSENT_KEEP)).contains("加密");
        assertThat(text(VERIFY_CONSENT_ALTERNATIVE)).contains("人工核对");
        assertThat(text(VERIFY_AGREE)).isEqualTo("同意并开始");
        assertThat(text(VERIFY_REFUSE)).isEqualTo("不同意，人工核验");
        assertThat(driver.visibleTexts()).as("the check takes the large place")
                .doesNotContainKeys(CALL_EXPERT, CALL_EXPERT_MESSAGE);
        assertThat(text(CALL_EXPERT_VIDEO)).as("the expert stays in sight").isNotNull();
        assertThat(text(CALL_EXPERT_BESIDE)).as("named over their picture").isEqualTo("专家 张伟");
        assertThat(driver.pressable()).contains(VERIFY_AGREE, VERIFY_REFUSE, CALL_MUTE, CALL_HANG_UP);

        press(VERIFY_REFUSE);
        assertThat(listener.calls()).containsExactly("verificationConsent false");
        assertThat(driver.press(VERIFY_AGREE)).as("one answer only").isFalse();
        screen.showVerifyNote(VerifyNote.MANUAL_CHECK);
        assertThat(text(VERIFY_HEADING)).isEqualTo("工作人员将人工核对您的证件");
        assertThat(driver.pressable()).as("the call's buttons work again").contains(CALL_HANG_UP);

        screen.endVerification();
        assertThat(driver.visibleTexts()).doesNotContainKeys(VERIFY_HEADING, CALL_EXPERT_BESIDE);
        assertThat(text(CALL_EXPERT)).isEqualTo("专家 张伟 正在为您服务");
        assertThat(text(CALL_EXPERT_MESSAGE)).as("the expert's message waited underneath").isEqualTo("请把身份证准备好");
    }

    @Test
    void theCardIsAskedForAgainAfterAFailedReadAndTheCitizenMayStop() {
        screen.showInCall("张伟");
        screen.showVerifyConsent(null);
        assertThat(text(VERIFY_HEADING)).isEqualTo("专家请您核验身份");
        press(VERIFY_AGREE);
        screen.showVerifyCard(false);
        assertThat(text(VERIFY_HEADING)).isEqualTo("请将身份证放在读卡区");
        assertThat(driver.pressable()).contains(VERIFY_CANCEL);
        screen.showVerifyCard(true);
        assertThat(text(VERIFY_HEADING)).isEqualTo("未能读取身份证，请重新放置");
        press(VERIFY_CANCEL);
        assertThat(listener.calls()).containsExactly("verificationConsent true", "verificationCancelled");
    }

    @Test
    void theChallengePromptsEachMotionFromTheCitizensPointOfView() {
        screen.showInCall("张伟");
        screen.showVerifyPrompt(VerifyPrompt.FACE_SCREEN, 0, 3);
        assertThat(text(VERIFY_HEADING)).isEqualTo("请正对屏幕");
        assertThat(driver.visibleTexts()).doesNotContainKey(VERIFY_STEP);
        screen.showVerifyPrompt(VerifyPrompt.TURN_LEFT, 1, 3);
        assertThat(text(VERIFY_STEP)).isEqualTo("第 1 步，共 3 步");
        assertThat(text(VERIFY_HEADING)).isEqualTo("请向左转头");
        screen.showVerifyPrompt(VerifyPrompt.TURN_RIGHT, 2, 3);
        assertThat(text(VERIFY_HEADING)).isEqualTo("请向右转头");
        screen.showVerifyPrompt(VerifyPrompt.NOD, 3, 3);
        assertThat(text(VERIFY_HEADING)).isEqualTo("请缓慢点头");
        assertThat(text(VERIFY_STEP)).isEqualTo("第 3 步，共 3 步");
        assertThat(driver.pressable()).as("nothing to tap while moving").doesNotContain(VERIFY_AGREE, VERIFY_CANCEL);
    }

    @Test
    void theResultIsPassOrFailWithPlainAdviceAndNeverAScore() {
        screen.showInCall("张伟");
        screen.showVerifyChecking();
        assertThat(text(VERIFY_HEADING)).isEqualTo("正在核验，请稍候");

        screen.showVerifyResult(true, java.util.List.of(VerifyAdvice.BLURRED));
        assertThat(text(VERIFY_HEADING)).isEqualTo("身份核验通过");
        assertThat(driver.visibleTexts()).doesNotContainKey(VERIFY_ADVICE + "BLURRED");

        screen.showVerifyResult(false, java.util.List.of(VerifyAdvice.TOO_DARK, VerifyAdvice.FACE_TOO_SMALL,
                VerifyAdvice.TOO_DARK));
        assertThat(text(VERIFY_HEADING)).isEqualTo("身份核验未通过");
        assertThat(text(VERIFY_ADVICE + "FACE_TOO_SMALL")).isEqualTo("请靠近一些");
        assertThat(text(VERIFY_ADVICE + "TOO_DARK")).isEqualTo("光线太暗");
        assertThat(text(VERIFY_HINT)).isEqualTo("工作人员会告诉您下一步");
        assertThat(driver.visibleTexts().values()).as("no figures on the screen: no score")
                .noneMatch(t -> t.matches(".*[0-9%].*"));
    }

    @Test
    void everyAdviceHasItsPlainSentenceAndAtMostThreeAreShown() {
        screen.showInCall("张伟");
        java.util.Map<VerifyAdvice, String> sentences = java.util.Map.of(
                VerifyAdvice.NO_FACE, "请正对屏幕，让脸出现在画面中",
                VerifyAdvice.FACE_TOO_SMALL, "请靠近一些",
                VerifyAdvice.BLURRED, "请保持不动",
                VerifyAdvice.TOO_DARK, "光线太暗",
                VerifyAdvice.TOO_BRIGHT, "光线太强",
                VerifyAdvice.NOT_FRONTAL, "请正对屏幕",
                VerifyAdvice.MULTIPLE_FACES, "请确保画面中只有您一人");
        sentences.forEach((advice, sentence) -> {
            screen.showVerifyResult(false, java.util.List.of(advice));
            assertThat(text(VERIFY_ADVICE + advice.name())).isEqualTo(sentence);
        });
        screen.showVerifyResult(false, java.util.List.of(VerifyAdvice.values()));
        assertThat(driver.visibleTexts().keySet()).as("the most basic three")
                .filteredOn(name -> name.startsWith(VERIFY_ADVICE))
                .containsExactly(VERIFY_ADVICE + "NO_FACE", VERIFY_ADVICE + "MULTIPLE_FACES",
                        VERIFY_ADVICE + "FACE_TOO_SMALL");
    }

    @Test
    void notesSayWhatHappensNowAndAVerificationNeverOutlivesTheCall() {
        screen.showInCall("张伟");
        screen.showVerifyNote(VerifyNote.CARD_EXPIRED);
        assertThat(text(VERIFY_HEADING)).isEqualTo("您的身份证已过期");
        assertThat(text(VERIFY_HINT)).isEqualTo("请与工作人员沟通");
        screen.showVerifyNote(VerifyNote.NOT_COMPLETED);
        assertThat(text(VERIFY_HEADING)).isEqualTo("核验未能完成");
        assertThat(text(VERIFY_HINT)).isEqualTo("请听从工作人员指引");
        press(LANGUAGE);
        assertThat(text(VERIFY_HEADING)).isEqualTo("The identity check could not be completed");

        screen.showRating();
        screen.showVerifyConsent("张伟");
        assertThat(text(RATING_HEADING)).as("ignored outside the call").isNotNull();
        assertThat(driver.visibleTexts()).doesNotContainKey(VERIFY_HEADING);
        screen.showInCall("李娜");
        assertThat(driver.visibleTexts()).as("a new call starts without one").doesNotContainKey(VERIFY_HEADING);
    }

    @Test
    void ratingOffersTheFiveNationalLevels() {
        screen.showRating();
        assertThat(text(RATING + "VERY_SATISFIED")).isEqualTo("非常满意");
        assertThat(text(RATING + "SATISFIED")).isEqualTo("满意");
        assertThat(text(RATING + "BASICALLY_SATISFIED")).isEqualTo("基本满意");
        assertThat(text(RATING + "DISSATISFIED")).isEqualTo("不满意");
        assertThat(text(RATING + "VERY_DISSATISFIED")).isEqualTo("非常不满意");

        press(RATING + "BASICALLY_SATISFIED");

        assertThat(listener.calls()).containsExactly("rated BASICALLY_SATISFIED");
        assertThat(text(RATING_HEADING)).isEqualTo("谢谢您的评价！");
        assertThat(driver.press(RATING + "VERY_SATISFIED")).isFalse();
    }

    @Test
    void ratingCanBeSkipped() {
        screen.showRating();
        press(RATING_SKIP);
        assertThat(listener.calls()).containsExactly("ratingSkipped");
    }

    @Test
    void errorsSayWhatHappenedAndWhatToDo() {
        screen.showError(ScreenError.SERVER_UNREACHABLE);
        assertThat(text(ERROR_WHAT)).isEqualTo("无法连接服务器");
        assertThat(text(ERROR_NEXT)).isEqualTo("请稍后再试，或请工作人员帮助。");
        press(ERROR_RETRY);
        assertThat(listener.calls()).containsExactly("retryRequested SERVER_UNREACHABLE");

        screen.showError(ScreenError.CALL_DROPPED);
        assertThat(text(ERROR_WHAT)).isEqualTo("通话已断开");
        press(ERROR_START_OVER);
        assertThat(listener.calls()).endsWith("startOverRequested");
    }

    @Test
    void goodbyeRemindsOfTheIdCard() {
        screen.showGoodbye();
        assertThat(text(GOODBYE_BODY)).contains("身份证");
        press(GOODBYE_START_OVER);
        assertThat(listener.calls()).containsExactly("startOverRequested");
    }

    @Test
    void theLanguageToggleSwitchesEveryTextAndTellsTheController() {
        screen.showServiceChoice(DemoCatalogue.xinxiang());
        press(LANGUAGE);

        assertThat(screen.language()).isEqualTo(ScreenLanguage.EN);
        assertThat(listener.calls()).containsExactly("languageChanged EN");
        assertThat(text(LANGUAGE)).isEqualTo("中文");
        assertThat(text(TITLE)).isEqualTo("Remote Virtual Window");
        assertThat(text(CHOICE_HEADING)).isEqualTo("Which department do you need?");
        assertThat(text(CHOICE_DEPARTMENT + "PSB")).isEqualTo("Public Security Bureau");

        screen.showWaiting(3, Duration.ofSeconds(165), 1);
        assertThat(text(WAITING_POSITION)).isEqualTo("2 people ahead of you");
        assertThat(text(WAITING_ESTIMATE)).isEqualTo("Expected wait: about 3 minutes");
        assertThat(text(WAITING_EXPERTS)).isEqualTo("1 expert is online now");

        screen.showInCall("张伟");
        screen.updateCallStatus(new CallStatus(NetworkQuality.RECONNECTING, false, false, false));
        assertThat(text(CALL_BANNER)).isEqualTo("Network problem: reconnecting, please stay here");
        screen.showRating();
        assertThat(text(RATING + "VERY_DISSATISFIED")).isEqualTo("Very dissatisfied");
        screen.showError(ScreenError.NO_EXPERT_ONLINE);
        assertThat(text(ERROR_WHAT)).isEqualTo("No expert is online right now");

        screen.setLanguage(ScreenLanguage.ZH_CN);
        assertThat(text(ERROR_WHAT)).isEqualTo("当前没有专家在线");
        assertThat(listener.calls()).as("setLanguage comes from the controller: not echoed")
                .containsExactly("languageChanged EN");
    }

    @Test
    void theLanguageCanBeSwitchedWhileWaitingForTheController() {
        screen.showRating();
        press(RATING + "SATISFIED");
        assertThat(driver.pressable()).containsExactly(LANGUAGE);
        press(LANGUAGE);
        assertThat(text(RATING_HEADING)).isEqualTo("Thank you for your rating!");
    }
}
