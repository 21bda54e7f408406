/**
 * Organization-table keys of outlets run or controlled by their state. A row with a `state` is only a candidate:
 * public broadcasters and agencies with editorial independence (AFP, AP, Reuters, BBC, Kyodo, Yonhap, APA) and
 * privately owned ones (CNN) are not listed; Al Jazeera, funded by Qatar, is listed. Their reports of a relation
 * their own state is party to are not independent corroboration.
 */
export const STATE_MEDIA: readonly string[] = [
  'KCNA',
  'RODONG_SINMUN',
  'XINHUA',
  'PEOPLES_DAILY',
  'GLOBAL_TIMES',
  'CCTV',
  'TASS',
  'RIA',
  'IRNA',
  'MEHR',
  'TASNIM',
  'SANA',
  'WAM',
  'AL_JAZEERA',
];
