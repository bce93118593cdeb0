import { simplifiedChinese } from './hanzi';

describe('simplifiedChinese', () => {
  it('reads Traditional characters and Taiwanese words in their Simplified form', () => {
    expect(simplifiedChinese('每月使用者約 12 萬人, 預算以內')).toBe(
      '每月用户约 12 万人, 预算以内',
    );
  });

  it('leaves Japanese (with kana) and text without Chinese as they are', () => {
    expect(simplifiedChinese('時間枠は午前2時から')).toBe(
      '時間枠は午前2時から',
    );
    expect(simplifiedChinese('about 1,200 users')).toBe('about 1,200 users');
  });
});
