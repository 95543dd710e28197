import { describe, expect, it } from 'vitest';
import { presenterCommand, type KeyTarget } from './presenterKeys';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  defaultPrevented: false,
  ...extra,
});
const command = (key: string, target: KeyTarget = 'page', extra: Partial<KeyboardEvent> = {}) =>
  presenterCommand(press(key, extra), target);

describe('presenterCommand', () => {
  it('maps the keys clickers send', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'n', 'N'])
      expect(command(key)).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp', 'p', 'P'])
      expect(command(key)).toBe('previous');
    expect(command('Home')).toBe('first');
    expect(command('End')).toBe('last');
    for (const key of ['b', 'B', '.']) expect(command(key)).toBe('black');
    expect(command('f')).toBe('fullScreen');
    expect(command('Escape')).toBe('escape');
  });

  it('ignores other keys and browser shortcuts', () => {
    expect(command('x')).toBeNull();
    expect(command('Enter')).toBeNull();
    expect(command('F5')).toBeNull();
    expect(command('f', 'page', { ctrlKey: true })).toBeNull();
    expect(command('ArrowLeft', 'page', { altKey: true })).toBeNull();
    expect(command('p', 'page', { metaKey: true })).toBeNull();
    expect(command('n', 'page', { isComposing: true })).toBeNull();
  });

  it('leaves a key to the widget that handled it, a text field or a dialog', () => {
    expect(command('PageDown', 'page', { defaultPrevented: true })).toBeNull();
    expect(command('n', 'textEntry')).toBeNull();
    expect(command('ArrowRight', 'textEntry')).toBeNull();
    expect(command('Escape', 'dialog')).toBeNull();
    expect(command('PageDown', 'dialog')).toBeNull();
  });

  it('lets Space press a focused control, and arrows move a slider', () => {
    expect(command(' ', 'control')).toBeNull();
    expect(command('PageDown', 'control')).toBe('next');
    expect(command('ArrowRight', 'slider')).toBeNull();
    expect(command('PageDown', 'slider')).toBe('next');
  });
});
