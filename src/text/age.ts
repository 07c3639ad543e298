/** An age in years, written in digits, as news text sets it off after a name: "Harlow, 68, said". */
export const AGE = /^\d{1,3}$/;
