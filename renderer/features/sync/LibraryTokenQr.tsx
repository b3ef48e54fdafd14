import { useEffect, useState, type ReactNode } from 'react';

/** The QR encoder loads with the first code shown, not with the app. */
async function qrDataUrl(text: string): Promise<string> {
  const { toDataURL } = await import('qrcode');
  return toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 144 });
}

/**
 * The library token as a QR code, for a phone or a second computer's camera. Drawn dark on white in both themes:
 * scanners need the contrast. A data: image, which the Content-Security-Policy allows.
 */
export function LibraryTokenQr({ token }: { token: string }): ReactNode {
  const [image, setImage] = useState<{ token: string; url: string } | null>(null);
  useEffect(() => {
    let current = true;
    qrDataUrl(token).then(
      (url) => {
        if (current) setImage({ token, url });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [token]);
  if (image === null || image.token !== token)
    return <div className="sync-qr sync-qr-pending" aria-hidden="true" />;
  return (
    <img className="sync-qr" src={image.url} width={144} height={144} alt="QR code of the library token" />
  );
}
