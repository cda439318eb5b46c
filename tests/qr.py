"""Reading the codes the kiosk prints and shows: QR codes only.

Asked for every format, ZXing now and then also reads a 1-D barcode out of a QR code's modules (a stray "5740"
beside the real code); the kiosk only ever makes QR codes, so that is all a test looks for.
"""

from __future__ import annotations

import zxingcpp


def read_qr(image: object) -> list[zxingcpp.Barcode]:
    """Every QR code in a PIL image or QImage."""
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
