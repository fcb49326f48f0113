export interface ConsultCodeProps {
  code: string;
}

/**
 * The consultcode as an isolated left-to-right run: in Arabic, a check symbol such as `~` would
 * otherwise be drawn at the start (`~SN82-AM0W-0CT`), and the GP would type what they see.
 */
export function ConsultCode({ code }: ConsultCodeProps) {
  return (
    <p class="consultcode" data-testid="consultcode">
      <bdi dir="ltr">{code}</bdi>
    </p>
  );
}
