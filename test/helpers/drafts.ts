/** Small notices written for the tests: a title, an opening, the body given, and a signature. */
export interface Draft {
  opening?: string;
  body: string[];
  signed?: string;
}

export const ISSUER = '中共示例市某局党组';

export function draftNotice({ opening = '根据市委统一部署，市委巡察组对市某局开展了巡察。', body, signed = '2024年10月15日' }: Draft): string {
  return [ISSUER, '关于市委巡察整改进展情况的通报', '', opening, '', ...body, '', ISSUER, signed].join('\n');
}
