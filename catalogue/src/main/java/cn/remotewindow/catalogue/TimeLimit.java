package cn.remotewindow.catalogue;

/**
 * How long the department may take, in working days from acceptance: the legal limit
 * (法定办结时限) and the shorter one the city promises (承诺办结时限). A promised limit of 0 is an
 * item done on the spot (即办件).
 */
public record TimeLimit(int legalDays, int promisedDays) {
}
