// Content files are small: anything larger is refused before it is parsed, so a
// 100 MB file (or a runaway generator's output) is never read into memory whole.
export const maxContentBytes = 2 * 1024 * 1024;
export const tooLargeMessage = `file is larger than ${maxContentBytes / 1024 / 1024} MB; content files are small`;
