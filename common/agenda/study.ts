import { foldWords } from '../fold';

/**
 * Whether a text says the item is sent to the delegates to read, not presented at the sitting:
 * "gửi đại biểu nghiên cứu", "gửi ĐB HĐND nghiên cứu", "không trình bày tại kỳ họp" (any case, with or without diacritics).
 */
export function sentToStudy(text: string): boolean {
  const words = foldWords(text);
  return /\bgui (cac )?(dai bieu|db|dbhdnd)( hdnd)?( tinh| xa| phuong| thanh pho)? nghien cuu\b/.test(words) || /\bkhong trinh bay\b/.test(words);
}
