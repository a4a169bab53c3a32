package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.ScreenLanguage;

/** What an expert might send during a call, short to longest, in the session's language. */
final class SampleMessages {

    private SampleMessages() {
    }

    /** A one-line prompt. */
    static String prompt(ScreenLanguage language) {
        return language == ScreenLanguage.EN ? "Please put your ID card on the card reader" : "请把身份证放在读卡器上";
    }

    /** Two or three lines of instructions. */
    static String instructions(ScreenLanguage language) {
        return language == ScreenLanguage.EN
                ? "Please check your name, ID number and phone number on the screen. If they are right, tap"
                        + " Confirm; if not, just tell me."
                : "请核对屏幕上的信息：姓名、身份证号码和联系电话。如果都正确，请点“确认”；有错误请直接告诉我。";
    }

    /** A list of missing documents, longer than the screen shows (cut to 200 characters). */
    static String longest(ScreenLanguage language) {
        return language == ScreenLanguage.EN
                ? "For this registration we still need: your ID card and a copy of it, your household register,"
                        + " proof of ownership such as the purchase contract, and a letter of authorisation if someone"
                        + " acts for you. We can accept the case now; please bring the rest within 30 working days."
                : "您这次办理不动产登记，还需要补充以下材料：一、申请人身份证原件和复印件；二、户口簿原件；"
                        + "三、不动产权属来源证明，比如购房合同或者继承公证书；四、如果委托别人办理，需要提供授权委托书"
                        + "和受托人的身份证。材料不齐也可以先受理，请在三十个工作日内补交。您可以把这段话拍下来，"
                        + "或者请工作人员帮您打印清单。另外，如果您名下还有其他不动产需要一并登记，也请带上相关的"
                        + "权属证明，我们会一起核对，免得您多跑一趟。有不明白的地方随时问我。";
    }
}
