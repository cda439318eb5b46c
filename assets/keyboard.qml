// The embedded on-screen keyboard: Qt Virtual Keyboard's InputPanel inside the kiosk window.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Item {
    id: root
    property alias active: panel.active
    property real panelHeight: panel.implicitHeight
    // The widest the keys may spread; narrower keys are also shorter, so a short window gets a smaller keyboard.
    property real widthLimit: 1200
    property string locale: "en_US"
    // The layout in use: Qt names a locale it has no layout for back to the one before.
    property string inputLocale: InputContext.locale
    // Later, from the event loop: switching the layout loads QML on Qt's loader thread while this thread
    // waits, and a change made straight from Python (holding its lock) could wait forever.
    onLocaleChanged: follow()
    function follow() { Qt.callLater(function() { VirtualKeyboardSettings.locale = root.locale }) }
    Component.onCompleted: {
        // Layouts shipped in the Qt Virtual Keyboard (PySide6-Addons wheel and Debian's package alike).
        VirtualKeyboardSettings.activeLocales = ["en_US", "es_ES", "fr_FR", "ar_AR"]
        follow()
    }
    Rectangle { anchors.fill: parent; color: "#2b2a28" }
    InputPanel {
        id: panel
        objectName: "inputPanel"
        // Wide screens get a keyboard of comfortable size, not keys a hand wide.
        width: Math.min(parent.width, root.widthLimit)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
    }
}
