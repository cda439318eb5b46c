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
    onLocaleChanged: VirtualKeyboardSettings.locale = locale
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["en_US", "es_ES"]
        VirtualKeyboardSettings.locale = locale
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
