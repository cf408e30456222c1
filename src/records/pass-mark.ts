/**
 * The lowest pass mark Signaal certifies: below half the points a score says too little about
 * noticing signals to be called passed. The assignment builder refuses lower marks, no certificate
 * is issued under one, and the verify page refuses a certificate that states one.
 */
export const MIN_PASS_MARK = 50;
