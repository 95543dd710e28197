import type { UrlNotice } from '../domain/url/notices';
import type { Messages } from '../i18n/messages/en';

/** A notice in words, in the interface's language. */
export function describeNotice(notice: UrlNotice, t: Messages['notices']): string {
  switch (notice.kind) {
    case 'repeated':
      return t.repeated(notice.param);
    case 'unknownParam':
      return t.unknownParam(notice.param);
    case 'badValue':
      return t.badValue(notice.param, notice.value);
    case 'badDate':
      return t.badDate(notice.param, notice.value);
    case 'badIds':
      return t.badIds(notice.param, t.quoted(notice.values));
    case 'badId':
      return t.badId(notice.param, notice.value);
    case 'badPlay':
      return t.badPlay(notice.value);
    case 'reversedWindow':
      return t.reversedWindow(notice.from, notice.to);
    case 'datasetIgnored':
      return notice.reason === 'notUrl'
        ? t.datasetNotUrl(notice.value)
        : t.datasetNotSecure(notice.value);
    case 'unknownIds': {
      const ids = t.quoted(notice.values);
      if (notice.param === 'event') return t.unknownEvent(ids);
      if (notice.param === 'source') return t.unknownSource(ids);
      return notice.param === 'cat'
        ? t.unknownCategory(ids, notice.values.length)
        : t.unknownTourStop(ids);
    }
    case 'windowOutsideData':
      return t.windowOutsideData(notice.from ?? '…', notice.to ?? '…');
  }
}
