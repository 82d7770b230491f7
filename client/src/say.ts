import { env, workspace } from 'vscode';

/** A message in the language the server speaks: the `callscript.locale` setting, else VS Code's own. */
export function say(m: { zh: string; en: string }): string {
  const setting = workspace.getConfiguration('callscript').get<string>('locale', 'auto');
  const english = setting === 'en' || (setting === 'auto' && env.language.toLowerCase().startsWith('en'));
  return english ? m.en : m.zh;
}
