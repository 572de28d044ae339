# Cross-check the marriage ties against data(flo) of the R package 'network'
# (Debian: r-cran-network).  Run: Rscript datasets/florentine-families/check-r-network.R
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
suppressPackageStartupMessages(library(network))
data(flo)
ties <- read.csv(file.path(here, "ties.csv"), stringsAsFactors = FALSE)
m <- ties[ties$kind == "marriage", ]
key <- function(a, b) ifelse(a < b, paste(a, b), paste(b, a))
ours <- sort(key(m$source, m$target))
idx <- which(upper.tri(flo) & flo == 1, arr.ind = TRUE)
theirs <- sort(key(rownames(flo)[idx[, 1]], colnames(flo)[idx[, 2]]))
cat("network", as.character(packageVersion("network")), "| flo:", nrow(flo), "families,", length(theirs), "marriage ties\n")
cat("ours:", length(ours), "marriage ties\n")
cat("same family names:", identical(sort(rownames(flo)), sort(read.csv(file.path(here, "people.csv"))$id)), "\n")
cat("identical marriage ties:", identical(ours, theirs), "\n")
if (!identical(ours, theirs)) quit(status = 1)
