print('loading sp_hidden from one'); WHERE = 'one'
