package org.standingoffice.places;

/**
 * A commune-level unit (xã, phường, đặc khu) and its province after the July 2025 merger.
 *
 * @param commune the unit's name with its type, e.g. "Phường Ba Đình"
 * @param province the province's name with its type, e.g. "Thành phố Hà Nội"
 * @param formerName the pre-merger name the asker used, or {@code null} when they used the new one
 */
public record Place(String communeCode, String commune, String provinceCode, String province, String formerName) {}
